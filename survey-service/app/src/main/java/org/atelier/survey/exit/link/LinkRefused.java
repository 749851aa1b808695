package org.atelier.survey.exit.link;

/** The link does not open the questionnaire; the public page says why in plain words. */
public class LinkRefused extends RuntimeException {

    private final SelfServiceLink.Refusal refusal;

    public LinkRefused(SelfServiceLink.Refusal refusal) {
        super("The questionnaire link is refused: " + refusal);
        this.refusal = refusal;
    }

    public SelfServiceLink.Refusal refusal() {
        return refusal;
    }
}
