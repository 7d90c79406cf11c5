package dev.bosun.inventory;

/**
 * A count, supplier or other inventory input that cannot be stored as given; nothing was changed.
 *
 * @see #field() the input at fault, e.g. {@code quantity}
 * @see #messageKey() the message that explains it to a user ({@code inventory.error.*})
 */
public class InventoryInputException extends IllegalArgumentException {

    private final String field;
    private final String messageKey;

    public InventoryInputException(String field, String messageKey, String message) {
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
