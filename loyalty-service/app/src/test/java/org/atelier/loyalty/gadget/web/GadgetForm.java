package org.atelier.loyalty.gadget.web;

public record GadgetForm(String name) {
}
