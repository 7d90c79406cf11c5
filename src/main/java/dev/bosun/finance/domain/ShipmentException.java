package dev.bosun.finance.domain;

/** A shipment bill whose costs cannot be shared: names the field at fault. */
public class ShipmentException extends IllegalArgumentException {

    private final String field;

    public ShipmentException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
