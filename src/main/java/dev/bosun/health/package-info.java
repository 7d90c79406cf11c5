/**
 * Account health: the seller performance metrics Amazon reports per marketplace (order defect rate, late shipment and
 * cancellation rates, tracking and delivery rates, policy violations, account health rating and status), each with
 * Amazon's own status and target. Reports come in through {@code importing}; other modules read them through {@link
 * dev.bosun.health.AccountHealth}. No events yet. Its {@code review} package contributes the daily review's account
 * health checks (order defect, cancellation, late shipment and valid tracking rates: beyond, close to or heading for
 * their lines).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account health")
package dev.bosun.health;
