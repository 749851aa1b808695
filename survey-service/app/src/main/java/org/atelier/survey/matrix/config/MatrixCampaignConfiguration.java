package org.atelier.survey.matrix.config;

import java.time.Clock;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.directory.Directory;
import org.atelier.outbox.AggregateDocuments;
import org.atelier.survey.matrix.CatalogueTasks;
import org.atelier.survey.matrix.MatrixCampaigns;
import org.atelier.survey.matrix.RespondentKeys;
import org.atelier.survey.matrix.application.AnsweringCampaigns;
import org.atelier.survey.matrix.application.EditingCatalogue;
import org.atelier.survey.matrix.application.RunningCampaigns;
import org.atelier.survey.matrix.messaging.MatrixCampaignEventTranslator;
import org.atelier.survey.matrix.persistence.MongoCatalogueTasks;
import org.atelier.survey.matrix.persistence.MongoMatrixCampaigns;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Wires the responsibility-matrix campaigns. */
@Configuration(proxyBeanMethods = false)
class MatrixCampaignConfiguration {

    @Bean
    MatrixCampaigns matrixCampaigns(MongoTemplate mongo, JsonMapper json, AggregateDocuments documents, Clock clock,
                                    @Value("${atelier.topics.survey}") String topic) {
        return new MongoMatrixCampaigns(mongo, new MatrixCampaignEventTranslator(json, topic), documents, clock);
    }

    /** The respondent keys' secret; every instance of the service must share it, or a respondent could answer twice. */
    @Bean
    RespondentKeys respondentKeys(@Value("${atelier.survey.matrix.respondent-key-secret}") String secret) {
        return new RespondentKeys(secret);
    }

    @Bean
    CatalogueTasks catalogueTasks(MongoTemplate mongo) {
        return new MongoCatalogueTasks(mongo);
    }

    @Bean
    RunningCampaigns runningCampaigns(MatrixCampaigns campaigns, CatalogueTasks tasks, Directory directory, RespondentKeys keys,
                                      CompanyCalendar calendar) {
        return new RunningCampaigns(campaigns, tasks, directory, keys, calendar);
    }

    @Bean
    EditingCatalogue editingCatalogue(CatalogueTasks tasks) {
        return new EditingCatalogue(tasks);
    }

    @Bean
    AnsweringCampaigns answeringCampaigns(MatrixCampaigns campaigns, RespondentKeys keys, CompanyCalendar calendar) {
        return new AnsweringCampaigns(campaigns, keys, calendar);
    }
}
