package org.atelier.loyalty.gadget.persistence;

public record GadgetDocument(String name) {
}
