package org.atelier.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hostile variants of a page form that is known to be accepted, for the services' hostile-input batteries: each field
 * in turn replaced by each hostile value, sent twice over, or left out. A battery posts every variant and checks that
 * none gets a server error and that every refusal changes nothing.
 */
public final class HostileForms {

    /** What a person can type into a text field: empty, huge, out-of-range numbers, control characters, markup, an impossible date, a query operator. */
    public static final List<String> HOSTILE_TYPED = List.of("", "1e10000000", "99999999999999999999999", "9".repeat(5_000), "-1",
            "1.5", "x".repeat(100_000), "\u0000\u202e", "<script>alert(1)</script>", "2026-02-30", "{\"$gt\":\"\"}");

    private HostileForms() {
    }

    /** A form's fields from name, value, name, value, ... in the order the page shows them. */
    public static Map<String, List<String>> fields(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return fields;
    }

    /** Every hostile variant of the valid form, the valid form itself left untouched. */
    public static List<Map<String, List<String>>> of(Map<String, List<String>> valid) {
        List<Map<String, List<String>>> forms = new ArrayList<>();
        for (String field : valid.keySet()) {
            for (String value : HOSTILE_TYPED) {
                Map<String, List<String>> mutated = new LinkedHashMap<>(valid);
                mutated.put(field, List.of(value));
                forms.add(mutated);
            }
            Map<String, List<String>> twice = new LinkedHashMap<>(valid);
            twice.put(field, List.of("x".repeat(3_000), "y"));
            forms.add(twice);
            Map<String, List<String>> without = new LinkedHashMap<>(valid);
            without.remove(field);
            forms.add(without);
        }
        return forms;
    }
}
