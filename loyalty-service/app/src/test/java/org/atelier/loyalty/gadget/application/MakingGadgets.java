package org.atelier.loyalty.gadget.application;

import org.atelier.loyalty.gadget.persistence.GadgetDocument;
import org.atelier.loyalty.gadget.web.GadgetForm;

/** Breaks the rules on purpose: a use case that reads the web's form and writes the database's document. */
public class MakingGadgets {

    public GadgetDocument make(GadgetForm form) {
        return new GadgetDocument(form.name());
    }
}
