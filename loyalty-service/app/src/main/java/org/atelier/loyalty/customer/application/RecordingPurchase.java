package org.atelier.loyalty.customer.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerPermissions;
import org.atelier.loyalty.customer.Customers;
import org.atelier.loyalty.customer.LoyaltyRule;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.customer.Purchase;
import org.atelier.loyalty.programme.Programmes;
import org.atelier.security.CurrentUser;

/** Records a purchase: it earns points under the programme in force, may win a lost customer back and may make a customer loyal. */
public class RecordingPurchase {

    public record Command(CurrentUser caller, String customerId, long amountMinor, String currency, LocalDate date,
                          String contractReference) {
    }

    private final Customers customers;
    private final LoyaltyRule rule;
    private final Programmes programmes;
    private final CompanyCalendar calendar;

    public RecordingPurchase(Customers customers, LoyaltyRule rule, Programmes programmes, CompanyCalendar calendar) {
        this.customers = customers;
        this.rule = rule;
        this.programmes = programmes;
        this.calendar = calendar;
    }

    public Customer record(Command command) {
        CustomerPermissions.checkMayManageCustomers(command.caller());
        Customer customer = customers.require(command.customerId());
        Purchase purchase = new Purchase(UUID.randomUUID().toString(), Money.of(command.amountMinor(), command.currency()),
                command.date(), command.contractReference());
        Instant now = calendar.now();
        customer.recordPurchase(purchase, rule, programmes.current().terms(), calendar.dateOf(now), now);
        customers.save(customer);
        return customer;
    }
}
