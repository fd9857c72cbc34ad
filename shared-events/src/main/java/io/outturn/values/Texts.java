package io.outturn.values;

/** The one rule for free text in values: stripped, and blank means absent. */
final class Texts {

    private Texts() {
    }

    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String required(String text, String what) {
        String stripped = optional(text);
        if (stripped == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return stripped;
    }
}
