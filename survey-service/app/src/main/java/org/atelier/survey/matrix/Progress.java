package org.atelier.survey.matrix;

import org.atelier.directory.ManagementLevel;

/** One level × department group of a campaign: how many were invited, how many have submitted. */
public record Progress(ManagementLevel level, String department, int invited, int submitted) {
}
