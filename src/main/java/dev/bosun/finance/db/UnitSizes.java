package dev.bosun.finance.db;

import static dev.bosun.jooq.Tables.FINANCE_UNIT_SIZES;

import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.shared.Length;
import dev.bosun.shared.LengthUnit;
import dev.bosun.shared.PackageSize;
import dev.bosun.shared.Weight;
import dev.bosun.shared.WeightUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The unit sizes users gave for SKUs, in centimetres and kilograms. */
@Repository
public class UnitSizes {

    static final List<String> COLUMNS = List.of(
            "account_id",
            "sku",
            "length_cm",
            "width_cm",
            "height_cm",
            "weight_kg",
            "batch_id",
            "entered_by",
            "entered_at");

    private final DSLContext db;

    UnitSizes(DSLContext db) {
        this.db = db;
    }

    /** The sizes of those SKUs that have one, by SKU. */
    public Map<String, PackageSize> of(long accountId, Collection<String> skus) {
        return db
                .selectFrom(FINANCE_UNIT_SIZES)
                .where(FINANCE_UNIT_SIZES.ACCOUNT_ID.eq(accountId))
                .and(FINANCE_UNIT_SIZES.SKU.in(skus))
                .fetch()
                .stream()
                .collect(Collectors.toMap(
                        r -> r.getSku(),
                        r -> PackageSize.of(
                                cm(r.getLengthCm()), cm(r.getWidthCm()), cm(r.getHeightCm()), kg(r.getWeightKg()))));
    }

    public void put(long accountId, String sku, PackageSize size, String by, Instant at) {
        BigDecimal[] v = values(size);
        db.insertInto(FINANCE_UNIT_SIZES)
                .set(FINANCE_UNIT_SIZES.ACCOUNT_ID, accountId)
                .set(FINANCE_UNIT_SIZES.SKU, sku)
                .set(FINANCE_UNIT_SIZES.LENGTH_CM, v[0])
                .set(FINANCE_UNIT_SIZES.WIDTH_CM, v[1])
                .set(FINANCE_UNIT_SIZES.HEIGHT_CM, v[2])
                .set(FINANCE_UNIT_SIZES.WEIGHT_KG, v[3])
                .set(FINANCE_UNIT_SIZES.ENTERED_BY, by)
                .set(FINANCE_UNIT_SIZES.ENTERED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflict(FINANCE_UNIT_SIZES.ACCOUNT_ID, FINANCE_UNIT_SIZES.SKU)
                .doUpdate()
                .set(FINANCE_UNIT_SIZES.LENGTH_CM, v[0])
                .set(FINANCE_UNIT_SIZES.WIDTH_CM, v[1])
                .set(FINANCE_UNIT_SIZES.HEIGHT_CM, v[2])
                .set(FINANCE_UNIT_SIZES.WEIGHT_KG, v[3])
                .set(FINANCE_UNIT_SIZES.BATCH_ID, (Long) null)
                .set(FINANCE_UNIT_SIZES.ENTERED_BY, by)
                .set(FINANCE_UNIT_SIZES.ENTERED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** Writes imported sizes in bulk within the caller's transaction. */
    public BulkUpsert writer() {
        return BulkUpsert.into(db, "finance_unit_sizes", COLUMNS, List.of("account_id", "sku"))
                .provenance("entered_by", "entered_at");
    }

    /** The size's sides in cm and weight in kg, as stored: {length, width, height, weight}. */
    public static BigDecimal[] values(PackageSize size) {
        return new BigDecimal[] {
            size.longest().in(LengthUnit.CENTIMETRE).value().setScale(3, RoundingMode.HALF_UP),
            size.median().in(LengthUnit.CENTIMETRE).value().setScale(3, RoundingMode.HALF_UP),
            size.shortest().in(LengthUnit.CENTIMETRE).value().setScale(3, RoundingMode.HALF_UP),
            size.weight().in(WeightUnit.KILOGRAM).value().setScale(4, RoundingMode.HALF_UP)
        };
    }

    public long forget(long accountId, long batchId) {
        return db.deleteFrom(FINANCE_UNIT_SIZES)
                .where(FINANCE_UNIT_SIZES.ACCOUNT_ID.eq(accountId))
                .and(FINANCE_UNIT_SIZES.BATCH_ID.eq(batchId))
                .execute();
    }

    private static Length cm(BigDecimal value) {
        return new Length(value.stripTrailingZeros(), LengthUnit.CENTIMETRE);
    }

    private static Weight kg(BigDecimal value) {
        return new Weight(value.stripTrailingZeros(), WeightUnit.KILOGRAM);
    }
}
