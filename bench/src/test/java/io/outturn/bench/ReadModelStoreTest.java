package io.outturn.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelStoreTest {

    @Test
    void eachOutturnGetsItsOwnDatabaseOnTheSameServerWithTheSameOptions() {
        assertThat(ReadModelStore.withDatabase("mongodb://db1:27017,db2:27017/outturn?replicaSet=rs0", "bench_x"))
                .isEqualTo("mongodb://db1:27017,db2:27017/bench_x?replicaSet=rs0");
        assertThat(ReadModelStore.withDatabase("mongodb://localhost:27017", "bench_x"))
                .isEqualTo("mongodb://localhost:27017/bench_x");
        assertThat(ReadModelStore.withDatabase("mongodb+srv://user:pw@cluster.example/?retryWrites=true", "bench_x"))
                .isEqualTo("mongodb+srv://user:pw@cluster.example/bench_x?retryWrites=true");
    }
}
