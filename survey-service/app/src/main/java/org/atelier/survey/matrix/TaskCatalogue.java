package org.atelier.survey.matrix;

import static org.atelier.survey.exit.ReasonCode.ASSORTMENT;
import static org.atelier.survey.exit.ReasonCode.CONTRACT_FULFILMENT;
import static org.atelier.survey.exit.ReasonCode.LOGISTICS;
import static org.atelier.survey.exit.ReasonCode.PAYMENT_TERMS;
import static org.atelier.survey.exit.ReasonCode.PRICE_AND_DISCOUNTS;
import static org.atelier.survey.exit.ReasonCode.PRODUCT_QUALITY;
import static org.atelier.survey.exit.ReasonCode.STAFF_ATTITUDE;

import java.util.List;
import java.util.Set;

/**
 * The default set of commercial tasks the catalogue starts with ({@link CatalogueTasks} seeds it once); an admin
 * edits and adds tasks afterwards. A campaign copies the catalogue when it opens, so a later edit never changes what an
 * earlier campaign asked.
 */
public final class TaskCatalogue {

    private static final List<CatalogueTask> DEFAULT = List.of(
            new CatalogueTask("contract-fulfilment", "Fulfilment of contractual obligations to customers",
                    "Выполнение договорных обязательств перед клиентами", "", Set.of(CONTRACT_FULFILMENT)),
            new CatalogueTask("pricing", "Pricing and discounts", "Ценообразование и скидки", "", Set.of(PRICE_AND_DISCOUNTS)),
            new CatalogueTask("contract-terms", "Approving contract terms", "Согласование условий договоров", "",
                    Set.of(PAYMENT_TERMS, CONTRACT_FULFILMENT)),
            new CatalogueTask("complaints", "Handling complaints", "Работа с рекламациями", "", Set.of(STAFF_ATTITUDE, PRODUCT_QUALITY)),
            new CatalogueTask("exhibitions", "Preparing exhibitions", "Подготовка выставок", "", Set.of()),
            new CatalogueTask("receivables", "Collecting receivables", "Работа с дебиторской задолженностью", "", Set.of(PAYMENT_TERMS)),
            new CatalogueTask("retention", "Customer-retention programmes", "Программы удержания клиентов", "",
                    Set.of(STAFF_ATTITUDE, PRICE_AND_DISCOUNTS)),
            new CatalogueTask("delivery", "Delivery under contracts", "Поставка по договорам", "", Set.of(LOGISTICS, CONTRACT_FULFILMENT)),
            new CatalogueTask("quality-control", "Product quality control", "Контроль качества продукции", "", Set.of(PRODUCT_QUALITY)),
            new CatalogueTask("after-sales", "After-sales service", "Послепродажное обслуживание", "", Set.of(STAFF_ATTITUDE, PRODUCT_QUALITY)),
            new CatalogueTask("assortment", "Planning the assortment", "Формирование ассортимента", "", Set.of(ASSORTMENT)),
            new CatalogueTask("order-intake", "Taking and confirming orders", "Приём и подтверждение заказов", "",
                    Set.of(STAFF_ATTITUDE, CONTRACT_FULFILMENT)),
            new CatalogueTask("payment-terms", "Setting payment terms and credit limits", "Установление условий оплаты и кредитных лимитов", "",
                    Set.of(PAYMENT_TERMS)));

    private TaskCatalogue() {
    }

    /** The default tasks, in the order the form shows them. */
    public static List<CatalogueTask> defaultTasks() {
        return DEFAULT;
    }
}
