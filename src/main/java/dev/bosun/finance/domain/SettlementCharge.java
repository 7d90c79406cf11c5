package dev.bosun.finance.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where one settlement amount goes in profit, from its transaction type, amount type and description (V2 settlement
 * vocabulary, ../shared/amazon/REFERENCE.md §1b). Amounts that are not the seller's income or cost are left out:
 * taxes Amazon collects and remits (Tax legs, withheld marketplace-facilitator tax), reserves and transfers, and
 * the "Cost of Advertising" charge (ad spend comes from the advertising reports, so it is not counted twice).
 * Sales and promotions of orders come from the order lines, so the settlement's order principal and promotion are
 * left out too; on refunds they are the refund.
 */
public final class SettlementCharge {

    /** The kind of transaction an amount belongs to, for attributing it to a day. */
    public enum Kind {
        /** An order's charges: attributed to the order's purchase day. */
        ORDER,
        /** A refund's amounts: attributed to the day the refund was posted. */
        REFUND,
        /** Anything else (storage, subscription, reimbursements): attributed to the day it was posted. */
        OTHER
    }

    private static final Set<String> REFUND_TYPES =
            Set.of("refund", "chargeback refund", "a-to-z guarantee refund", "guarantee claim");

    private static final Set<String> REFERRAL =
            Set.of("commission", "refundcommission", "variableclosingfee", "fixedclosingfee", "salestaxservicefee");

    private static final Set<String> IGNORED_DESCRIPTIONS = Set.of(
            "current reserve amount",
            "previous reserve amount balance",
            "payable to amazon",
            "successful charge",
            "unsuccessful charge",
            "micro deposit",
            "cost of advertising",
            "transfer of funds unsuccessful",
            "failed disbursement");

    private SettlementCharge() {}

    /** The kind of a transaction type (localized types read as their English names). */
    public static Kind kind(String transactionType) {
        String type = lower(TransactionTypes.english(transactionType));
        if (type.equals("order")) {
            return Kind.ORDER;
        }
        if (REFUND_TYPES.contains(type)) {
            return Kind.REFUND;
        }
        return Kind.OTHER;
    }

    /** The part of profit an amount counts in, or empty when it does not count. */
    public static Optional<ProfitPart> part(String transactionType, String amountType, String amountDescription) {
        Kind kind = kind(transactionType);
        String type = lower(amountType);
        String description = lower(amountDescription);
        if (IGNORED_DESCRIPTIONS.contains(description) || lower(transactionType).equals("transfer")) {
            return Optional.empty();
        }
        if (type.equals("itemwithheldtax") || isTax(description)) {
            return Optional.empty();
        }
        if (type.equals("itemfees") || type.equals("shipmentfees") || type.equals("orderfees")) {
            return Optional.of(fee(description));
        }
        if (kind == Kind.ORDER) {
            // Principal, shipping and promotions of an order are the order lines' figures.
            return type.equals("itemprice") || type.equals("promotion")
                    ? Optional.empty()
                    : Optional.of(ProfitPart.OTHER_FEES);
        }
        if (kind == Kind.REFUND) {
            if (type.equals("promotion")) {
                return Optional.of(ProfitPart.PROMOTIONS);
            }
            return Optional.of(ProfitPart.REFUNDS);
        }
        if (description.contains("storage") || description.contains("aged inventory")) {
            return Optional.of(ProfitPart.STORAGE_FEES);
        }
        if (isReimbursement(type, description)) {
            return Optional.of(ProfitPart.REIMBURSEMENTS);
        }
        return Optional.of(ProfitPart.OTHER_FEES);
    }

    /** Whether the amount is the principal of a refund (its quantity counts as refunded units). */
    public static boolean refundedPrincipal(String transactionType, String amountType, String amountDescription) {
        return kind(transactionType) == Kind.REFUND
                && lower(amountType).equals("itemprice")
                && lower(amountDescription).equals("principal");
    }

    private static ProfitPart fee(String description) {
        if (REFERRAL.contains(description)) {
            return ProfitPart.REFERRAL_FEES;
        }
        if (description.startsWith("fba")) {
            return ProfitPart.FBA_FEES;
        }
        return ProfitPart.OTHER_FEES;
    }

    private static boolean isTax(String description) {
        return description.equals("tax")
                || description.endsWith("tax")
                || description.startsWith("marketplacefacilitator")
                || description.startsWith("lowvaluegoods")
                || description.startsWith("tcs-")
                || description.startsWith("tds");
    }

    private static boolean isReimbursement(String type, String description) {
        return type.contains("reimbursement")
                || description.contains("reimbursement")
                || description.startsWith("warehouse_")
                || description.equals("reversal_reimbursement")
                || description.equals("missing_from_inbound")
                || description.equals("cs_error_items")
                || description.equals("free_replacement_refund_items");
    }

    private static String lower(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
