package org.atelier.loyalty.customer.application;

import java.time.Instant;
import java.time.LocalDate;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerPermissions;
import org.atelier.loyalty.customer.Customers;
import org.atelier.loyalty.customer.LoyaltyRule;
import org.atelier.loyalty.programme.Programmes;
import org.atelier.security.CurrentUser;

/**
 * Corrects what was recorded by mistake, keeping both the record and its correction in the customer's history: a
 * purchase is reversed (its points taken back), a loss withdrawn (the customer active again).
 */
public class CorrectingRecords {

    public record ReversePurchase(CurrentUser caller, String customerId, String purchaseId, String reason) {
    }

    public record WithdrawLoss(CurrentUser caller, String customerId, String reason) {
    }

    private final Customers customers;
    private final LoyaltyRule rule;
    private final Programmes programmes;
    private final CompanyCalendar calendar;

    public CorrectingRecords(Customers customers, LoyaltyRule rule, Programmes programmes, CompanyCalendar calendar) {
        this.customers = customers;
        this.rule = rule;
        this.programmes = programmes;
        this.calendar = calendar;
    }

    /** Publishes PurchaseReversed, and CustomerLoyaltyLapsed when the customer no longer meets the loyalty rule. */
    public Customer reversePurchase(ReversePurchase command) {
        CustomerPermissions.checkMayCorrectRecords(command.caller());
        Customer customer = customers.require(command.customerId());
        Instant now = calendar.now();
        LocalDate today = calendar.dateOf(now);
        customer.reversePurchase(command.purchaseId(), command.caller().username(), command.reason(), rule, programmes.current().terms(),
                today, now);
        customers.save(customer);
        return customer;
    }

    /** Publishes LossWithdrawn, and CustomerBecameLoyal when the customer meets the loyalty rule again. */
    public Customer withdrawLoss(WithdrawLoss command) {
        CustomerPermissions.checkMayCorrectRecords(command.caller());
        Customer customer = customers.require(command.customerId());
        Instant now = calendar.now();
        customer.withdrawLoss(command.caller().username(), command.reason(), rule, calendar.dateOf(now), now);
        customers.save(customer);
        return customer;
    }
}
