package org.atelier.survey.matrix;

public enum CampaignState {
    OPEN,
    CLOSED
}
