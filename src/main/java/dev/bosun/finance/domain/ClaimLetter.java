package dev.bosun.finance.domain;

import dev.bosun.finance.Claim;
import dev.bosun.finance.ClaimEvidence;
import dev.bosun.finance.ClaimKind;
import java.math.BigDecimal;

/**
 * The text of a claim in English, ready to paste into a Seller Central case: a subject line, what happened with the
 * figures Amazon's form asks for, the orders or ledger entries, and what Bosun asks Amazon to do.
 */
public final class ClaimLetter {

    /** At most this many lines are listed; the rest are counted. */
    static final int MAX_LINES = 60;

    private ClaimLetter() {}

    public static String of(Claim claim) {
        return switch (claim.kind()) {
            case FEE_OVERCHARGE -> feeOvercharge(claim);
            case REFUND_WITHOUT_RETURN -> refund(claim);
            case UNREIMBURSED_LOSS -> loss(claim);
        };
    }

    private static String feeOvercharge(Claim c) {
        ClaimEvidence f = c.evidence();
        boolean fba = !"referral".equals(f.fact("fee"));
        String currency = c.currency();
        StringBuilder text = new StringBuilder();
        text.append("Subject: ")
                .append(fba ? "FBA fulfilment fee overcharge" : "Referral fee overcharge")
                .append(" – SKU ")
                .append(c.sku())
                .append(identifiers(c))
                .append("\n\nHello,\n\n");
        if (fba) {
            text.append("The FBA fulfilment fee charged for SKU ")
                    .append(c.sku())
                    .append(" is higher than its package calls for. Your fee preview report gives the package as ")
                    .append(f.fact("package", "?"))
                    .append(", which is the ")
                    .append(f.fact("size-tier", "?"))
                    .append(" size tier; the ")
                    .append(f.fact("rate-card", "?"))
                    .append(" rate card charges ")
                    .append(f.fact("expected-per-unit", "?"))
                    .append(' ')
                    .append(currency)
                    .append(" per unit for it. The settlements below charged ")
                    .append(f.fact("charged-per-unit", "?"))
                    .append(' ')
                    .append(currency)
                    .append(" per unit");
            if (f.fact("charged-tier") != null) {
                text.append(", the fee of the ")
                        .append(f.fact("charged-tier"))
                        .append(" tier (")
                        .append(f.fact("charged-weight"))
                        .append(")");
            }
            text.append(".\n\n");
        } else {
            text.append("The referral fee charged for SKU ")
                    .append(c.sku())
                    .append(" is higher than its category calls for: ")
                    .append(f.fact("category", "?"))
                    .append(" on the ")
                    .append(f.fact("rate-card", "?"))
                    .append(" rate card comes to ")
                    .append(f.fact("expected-per-unit", "?"))
                    .append(' ')
                    .append(currency)
                    .append(" per unit at the price paid, and the settlements below charged ")
                    .append(f.fact("charged-per-unit", "?"))
                    .append(' ')
                    .append(currency)
                    .append(".\n\n");
        }
        text.append(count(c.units(), "unit"))
                .append(" on ")
                .append(count(f.fact("orders"), "order"))
                .append(" between ")
                .append(f.fact("first-order", "?"))
                .append(" and ")
                .append(f.fact("last-order", "?"))
                .append(" were overcharged by ")
                .append(money(c.amountExpected()))
                .append(' ')
                .append(currency)
                .append(" in total:\n\n");
        text.append("Order ID | Order date | Settlement | Units | Charged | Should be\n");
        lines(
                text,
                c,
                line -> line.reference() + " | " + line.date() + " | " + line.place() + " | " + line.units() + " | "
                        + money(line.amount()) + " | " + money(line.expected()));
        text.append("\nPlease ")
                .append(fba ? "re-measure the item, correct its size tier" : "check the item's category")
                .append(" and refund the ")
                .append(money(c.amountExpected()))
                .append(' ')
                .append(currency)
                .append(" overcharged.\n\nThank you.\n");
        return text.toString();
    }

    private static String refund(Claim c) {
        ClaimEvidence f = c.evidence();
        ClaimEvidence.Line line =
                c.evidence().lines().isEmpty() ? null : c.evidence().lines().get(0);
        StringBuilder text = new StringBuilder();
        text.append("Subject: Customer return claim – order ")
                .append(c.orderId())
                .append(", SKU ")
                .append(c.sku())
                .append(identifiers(c))
                .append("\n\nHello,\n\nOrder ")
                .append(c.orderId())
                .append(" was refunded on ")
                .append(c.eventDate())
                .append(": ")
                .append(f.fact("units-refunded", "?"))
                .append(" unit(s) of SKU ")
                .append(c.sku())
                .append(", ")
                .append(line == null ? "?" : money(line.amount()))
                .append(' ')
                .append(c.currency())
                .append(" (settlement ")
                .append(line == null ? "?" : line.place())
                .append("). ")
                .append(f.fact("units-returned", "0"))
                .append(" unit(s) came back to a fulfilment centre: the FBA customer returns report and the inventory"
                        + " ledger show no return of the other ")
                .append(c.units())
                .append(", and the reimbursements report has no reimbursement for the order.\n\nPlease charge the"
                        + " customer or reimburse the ")
                .append(c.units())
                .append(" unit(s) not returned: ")
                .append(money(c.amountExpected()))
                .append(' ')
                .append(c.currency())
                .append(".\n\nThank you.\n");
        return text.toString();
    }

    private static String loss(Claim c) {
        ClaimEvidence f = c.evidence();
        boolean lost = "lost".equals(f.fact("loss"));
        StringBuilder text = new StringBuilder();
        text.append("Subject: ")
                .append(lost ? "Inventory lost" : "Inventory damaged")
                .append(" in a fulfilment centre – FNSKU ")
                .append(c.fnsku())
                .append(c.sku() == null ? "" : " (SKU " + c.sku() + ")")
                .append("\n\nHello,\n\nThe inventory ledger shows ")
                .append(c.units())
                .append(" unit(s) of FNSKU ")
                .append(c.fnsku())
                .append(lost ? " lost" : " damaged")
                .append(f.fact("fulfillment-center") == null ? "" : " at " + f.fact("fulfillment-center"))
                .append(" on ")
                .append(c.eventDate())
                .append(f.fact("reference") == null ? "" : " (reference " + f.fact("reference") + ")")
                .append(". They have not been found since, and no reimbursement has been paid for them.\n\nPlease"
                        + " reimburse the ")
                .append(c.units())
                .append(" unit(s)");
        if (c.amountExpected() != null) {
            text.append(" (")
                    .append(f.fact("value-per-unit", "?"))
                    .append(' ')
                    .append(c.currency())
                    .append(" per unit, ")
                    .append(money(c.amountExpected()))
                    .append(' ')
                    .append(c.currency())
                    .append(" in total)");
        }
        text.append(".\n\nThank you.\n");
        return text.toString();
    }

    private static String identifiers(Claim c) {
        StringBuilder ids = new StringBuilder();
        if (c.asin() != null) {
            ids.append("ASIN ").append(c.asin());
        }
        if (c.fnsku() != null && c.kind() != ClaimKind.REFUND_WITHOUT_RETURN) {
            ids.append(ids.isEmpty() ? "" : ", ").append("FNSKU ").append(c.fnsku());
        }
        if (c.marketplace() != null) {
            ids.append(ids.isEmpty() ? "" : ", ").append(c.marketplace().domain());
        }
        return ids.isEmpty() ? "" : " (" + ids + ")";
    }

    private static void lines(
            StringBuilder text, Claim c, java.util.function.Function<ClaimEvidence.Line, String> format) {
        int shown = 0;
        for (ClaimEvidence.Line line : c.evidence().lines()) {
            if (shown == MAX_LINES) {
                text.append("… and ")
                        .append(c.evidence().lines().size() - MAX_LINES)
                        .append(" more (the full list is attached)\n");
                break;
            }
            text.append(format.apply(line)).append('\n');
            shown++;
        }
    }

    private static String count(Object number, String noun) {
        String n = number == null ? "?" : number.toString();
        return n + " " + noun + ("1".equals(n) ? "" : "s");
    }

    private static String money(BigDecimal amount) {
        return amount == null
                ? "?"
                : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
