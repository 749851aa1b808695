package org.atelier.survey.site;

import org.atelier.calendar.CompanyCalendar;
import org.atelier.security.CurrentUser;
import org.atelier.survey.exit.CasePermissions;
import org.atelier.survey.matrix.CampaignPermissions;
import org.atelier.survey.matrix.CataloguePermissions;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What survey's part of the kit's header needs: which sections the reader may open. A link is shown only to those
 * the section would let in; the section checks again. A page may set {@code year} itself (a case's year).
 */
@ControllerAdvice(annotations = Page.class)
class PageModel {

    private final CompanyCalendar calendar;

    PageModel(CompanyCalendar calendar) {
        this.calendar = calendar;
    }

    @ModelAttribute("mayReadRounds")
    boolean mayReadRounds(CurrentUser user) {
        return CasePermissions.mayReadAll(user);
    }

    @ModelAttribute("year")
    int year() {
        return calendar.today().getYear();
    }

    @ModelAttribute("mayRunCampaigns")
    boolean mayRunCampaigns(CurrentUser user) {
        return CampaignPermissions.mayRun(user);
    }

    @ModelAttribute("mayEditCatalogue")
    boolean mayEditCatalogue(CurrentUser user) {
        return CataloguePermissions.mayEdit(user);
    }
}
