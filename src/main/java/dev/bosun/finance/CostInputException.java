package dev.bosun.finance;

/**
 * A cost, shipment, expense or exchange rate that cannot be stored as given; nothing was changed.
 *
 * @see #field() the input at fault, e.g. {@code cost}, {@code sku}, {@code rate}
 * @see #messageKey() the message that explains it to a user ({@code costs.error.*})
 */
public class CostInputException extends IllegalArgumentException {

    private final String field;
    private final String messageKey;

    public CostInputException(String field, String messageKey, String message) {
        super(message);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
