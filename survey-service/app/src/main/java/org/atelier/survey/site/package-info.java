/**
 * What the survey pages share across features: the header's model (which sections the reader may open) and the
 * marker that gives a page controller that model. It may know every feature; no feature knows it except to mark its
 * page controllers.
 */
package org.atelier.survey.site;
