package org.atelier.localstack;

import java.util.function.Consumer;

/** Where the launcher reports progress; component lines are aligned so that a start reads like a table. */
final class Console {

    private final Consumer<String> out;

    Console(Consumer<String> out) {
        this.out = out;
    }

    void line(String text) {
        out.accept(text);
    }

    void component(String name, String text) {
        out.accept(String.format("  %-18s %s", name, text));
    }
}
