/**
 * Money Amazon pays and charges: settlements (payouts) with every line that makes them up, FBA fee estimates per
 * SKU, FBA reimbursements and monthly storage fees. Report rows come in through the importers of
 * {@code importing}; other modules read them through the facades {@link dev.bosun.finance.Settlements},
 * {@link dev.bosun.finance.FeeEstimates}, {@link dev.bosun.finance.Reimbursements} and
 * {@link dev.bosun.finance.StorageFees}.
 *
 * <p>What Amazon should charge comes from {@link dev.bosun.finance.FeeCalculator} (plain Java; rate cards are data
 * files under {@code fees/}) and {@link dev.bosun.finance.RateCardEdits} (an organisation's own values for them).
 *
 * <p>What a unit costs the seller besides Amazon's fees (COGS with its history, first-leg freight and duties shared
 * from inbound shipments, FBM pick and pack) and other monthly expenses come from {@link dev.bosun.finance.UnitCosts}
 * (in bulk, {@link dev.bosun.finance.CostBook}); daily exchange rates and the reporting currency from
 * {@link dev.bosun.finance.ExchangeRates} (see docs/finance-costs.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Finance")
package dev.bosun.finance;
