package io.outturn.command.config;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AggregateCacheTest {

    @Test
    void theLeastRecentlyUsedAggregateIsEvictedWhenTheCacheIsFull() {
        AggregateCache cache = new AggregateCache(2);
        cache.put("NI130", "indicator NI130");
        cache.put("NI8", "indicator NI8");
        assertThat((Object) cache.get("NI130")).isEqualTo("indicator NI130");

        cache.put("KPR13", "indicator KPR13");

        assertThat(cache.containsKey("NI8")).as("used least recently").isFalse();
        assertThat(cache.containsKey("NI130")).isTrue();
        assertThat(cache.containsKey("KPR13")).isTrue();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void putIfAbsentKeepsWhatIsThere() {
        AggregateCache cache = new AggregateCache(10);
        assertThat(cache.putIfAbsent("NI130", "first")).isTrue();
        assertThat(cache.putIfAbsent("NI130", "second")).isFalse();
        assertThat((Object) cache.get("NI130")).isEqualTo("first");
    }

    @Test
    void removeAllEmptiesTheCacheAndRemoveAnswersWhetherThereWasAnEntry() {
        AggregateCache cache = new AggregateCache(10);
        cache.put("NI130", "a");
        cache.put("NI8", "b");
        assertThat(cache.remove("NI130")).isTrue();
        assertThat(cache.remove("NI130")).isFalse();

        cache.removeAll();

        assertThat(cache.size()).isZero();
        assertThat((Object) cache.get("NI8")).isNull();
    }

    @Test
    void computeIfPresentReplacesOnlyAnExistingEntry() {
        AggregateCache cache = new AggregateCache(10);
        cache.put("NI130", "v1");
        cache.<String>computeIfPresent("NI130", value -> value + "+");
        cache.<String>computeIfPresent("NI8", value -> "never");

        assertThat((Object) cache.get("NI130")).isEqualTo("v1+");
        assertThat(cache.containsKey("NI8")).isFalse();
    }

    @Test
    void listenersHearCreationUpdateEvictionAndRemovalUntilDeregistered() {
        AggregateCache cache = new AggregateCache(1);
        List<String> heard = new ArrayList<>();
        Registration registration = cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                heard.add("updated " + key);
            }

            @Override
            public void onEntryExpired(Object key) {
                heard.add("expired " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }
        });

        cache.put("NI130", "v1");
        cache.put("NI130", "v2");
        cache.put("NI8", "v1");
        cache.remove("NI8");
        registration.cancel();
        cache.put("KPR13", "v1");

        assertThat(heard).containsExactly("created NI130", "updated NI130", "expired NI130", "created NI8",
                "removed NI8");
    }

    @Test
    void aCacheHoldsAtLeastOneEntry() {
        assertThatThrownBy(() -> new AggregateCache(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
