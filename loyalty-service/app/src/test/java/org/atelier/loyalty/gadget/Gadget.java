package org.atelier.loyalty.gadget;

import org.atelier.loyalty.gadget.persistence.GadgetDocument;
import org.atelier.loyalty.widget.Widget;
import org.springframework.util.StringUtils;

/** Breaks the rules on purpose: a domain class that uses Spring, knows its document, and a feature that knows it back. */
public class Gadget {

    public boolean named(String name, Widget widget, GadgetDocument document) {
        return StringUtils.hasText(name) && widget != null && document != null;
    }
}
