package org.atelier.loyalty.widget;

import org.atelier.loyalty.gadget.Gadget;

/** Breaks the rules on purpose: widget and gadget know each other, a cycle between features. */
public class Widget {

    public Gadget gadget() {
        return new Gadget();
    }
}
