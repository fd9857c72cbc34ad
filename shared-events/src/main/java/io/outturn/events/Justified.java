package io.outturn.events;

import io.outturn.values.Justification;

/**
 * An event that can say why a change was made. The justification is null where there was nothing to justify
 * (a first setting, a first assessment) and on a change recorded without any reason. Events recorded before
 * revision 2 had their reason only in the metadata ({@link EventMetadata#REASON}); upcast, that reason is their
 * justification, with code {@code OTHER}. A change recorded since has its justification in the payload, and its
 * reason in words in the metadata too, for readers written before revision 2.
 */
public interface Justified {

    Justification justification();
}
