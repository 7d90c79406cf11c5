package dev.bosun.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.orders.ReasonGroup;
import dev.bosun.orders.ReturnReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReturnReasonsTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            APPAREL_TOO_SMALL                      | SIZE             | Apparel: too small
            APPAREL_TOO_LARGE                      | SIZE             | Apparel: too large
            AMZ-PG-APP-TOO-SMALL                   | SIZE             | Apparel: too small
            AMZ-PG-APP-TOO-LARGE                   | SIZE             | Apparel: too large
            APPAREL_STYLE                          | UNWANTED         | Apparel: did not like the style
            AMZ-PG-APP-STYLE                       | UNWANTED         | Apparel: did not like the style
            DID_NOT_LIKE_COLOR                     | UNWANTED         | Did not like the colour
            DID_NOT_LIKE_FABRIC                    | UNWANTED         | Did not like the fabric
            DEFECTIVE                              | QUALITY          | Item defective or does not work
            QUALITY_UNACCEPTABLE                   | QUALITY          | Performance or quality not adequate
            MISSING_PARTS                          | QUALITY          | Parts or accessories missing
            EXCESSIVE_INSTALLATION                 | QUALITY          | Too difficult to install
            DAMAGED_BY_CARRIER                     | DAMAGED          | Damaged in transit
            DAMAGED_BY_FC                          | DAMAGED          | Damaged in Amazon's fulfilment centre
            CUSTOMER_DAMAGED                       | DAMAGED          | Damaged by the buyer
            NOT_AS_DESCRIBED                       | NOT_AS_DESCRIBED | Not as described on the website
            AMZ-PG-BAD-DESC                        | NOT_AS_DESCRIBED | Not as described on the website
            NOT_COMPATIBLE                         | NOT_AS_DESCRIBED | Not compatible with the buyer's device or system
            PART_NOT_COMPATIBLE                    | NOT_AS_DESCRIBED | Part not compatible with the buyer's system
            RECEIVED_WRONG_ITEM                    | LOGISTICS        | Received the wrong item
            EXTRA_ITEM                             | LOGISTICS        | Extra item included in the delivery
            MISSED_ESTIMATED_DELIVERY              | LOGISTICS        | Arrived too late
            NEVER_ARRIVED                          | LOGISTICS        | Never arrived
            UNDELIVERABLE_CARRIER_MISS_SORTED      | LOGISTICS        | Undeliverable: missorted by the carrier
            UNDELIVERABLE_FAILED_DELIVERY_ATTEMPTS | LOGISTICS        | Undeliverable: delivery attempts failed
            UNDELIVERABLE_INSUFFICIENT_ADDRESS     | LOGISTICS        | Undeliverable: address insufficient
            UNDELIVERABLE_MISSING_LABEL            | LOGISTICS        | Undeliverable: shipping label missing
            UNDELIVERABLE_REFUSED                  | LOGISTICS        | Undeliverable: refused by the buyer
            UNDELIVERABLE_UNKNOWN                  | LOGISTICS        | Undeliverable: reason unknown
            UNWANTED_ITEM                          | UNWANTED         | No longer needed or wanted
            CR-UNWANTED_ITEM                       | UNWANTED         | No longer needed or wanted
            CR-DEFECTIVE                           | QUALITY          | Item defective or does not work
            NO_REASON_GIVEN                        | UNWANTED         | No reason given
            FOUND_BETTER_PRICE                     | UNWANTED         | Found a better price
            MISORDERED                             | UNWANTED         | Ordered the wrong style, size or colour
            ORDERED_WRONG_ITEM                     | UNWANTED         | Ordered the wrong item by mistake
            UNAUTHORIZED_PURCHASE                  | UNWANTED         | Purchase not authorised by the account holder
            SWITCHEROO                             | OTHER            | Buyer returned a different item
            unwanted_item                          | UNWANTED         | No longer needed or wanted
            """)
    void knownCodesHaveALabelAndAGroup(String code, ReasonGroup group, String label) {
        ReturnReason reason = ReturnReasons.of(code);

        assertThat(reason.code()).isEqualTo(code);
        assertThat(reason.group()).isEqualTo(group);
        assertThat(reason.label()).isEqualTo(label);
        assertThat(reason.known()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"AMZ-PG-NEW-CODE", "Item defective or doesn't work", "CR-SOMETHING_NEW"})
    void unknownCodesAreKeptAsGivenInTheOtherGroup(String code) {
        ReturnReason reason = ReturnReasons.of(code);

        assertThat(reason.code()).isEqualTo(code);
        assertThat(reason.label()).isEqualTo(code);
        assertThat(reason.group()).isEqualTo(ReasonGroup.OTHER);
        assertThat(reason.known()).isFalse();
    }

    @Test
    void noCodeIsNoReason() {
        assertThat(ReturnReasons.of(null)).isNull();
        assertThat(ReturnReasons.of("  ")).isNull();
    }

    @Test
    void surroundingSpacesAreNotPartOfTheCode() {
        assertThat(ReturnReasons.of(" DEFECTIVE ").code()).isEqualTo("DEFECTIVE");
    }
}
