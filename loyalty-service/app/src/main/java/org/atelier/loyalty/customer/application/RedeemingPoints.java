package org.atelier.loyalty.customer.application;

import java.time.Instant;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerPermissions;
import org.atelier.loyalty.customer.Customers;
import org.atelier.loyalty.programme.Programmes;
import org.atelier.security.CurrentUser;

/** Spends a customer's points against an invoice, at the value a point has under the programme in force. */
public class RedeemingPoints {

    public record Command(CurrentUser caller, String customerId, long points, String reference) {
    }

    private final Customers customers;
    private final Programmes programmes;
    private final CompanyCalendar calendar;

    public RedeemingPoints(Customers customers, Programmes programmes, CompanyCalendar calendar) {
        this.customers = customers;
        this.programmes = programmes;
        this.calendar = calendar;
    }

    public Customer redeem(Command command) {
        CustomerPermissions.checkMayManageCustomers(command.caller());
        Instant now = calendar.now();
        Customer customer = customers.require(command.customerId());
        customer.redeemPoints(command.points(), command.reference(), command.caller().username(), programmes.current().terms(),
                calendar.dateOf(now), now);
        customers.save(customer);
        return customer;
    }
}
