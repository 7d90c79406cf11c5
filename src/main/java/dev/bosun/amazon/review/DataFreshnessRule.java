package dev.bosun.amazon.review;

import dev.bosun.accounts.Role;
import dev.bosun.amazon.ReportDays;
import dev.bosun.amazon.ReportImports;
import dev.bosun.amazon.domain.Freshness;
import dev.bosun.workflow.Evidence;
import dev.bosun.workflow.Finding;
import dev.bosun.workflow.MessageText;
import dev.bosun.workflow.ReviewArea;
import dev.bosun.workflow.ReviewContext;
import dev.bosun.workflow.ReviewRule;
import dev.bosun.workflow.Severity;
import dev.bosun.workflow.Subject;
import dev.bosun.workflow.ThresholdSpec;
import dev.bosun.workflow.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Data freshness: a report the team imports regularly that has not arrived for longer than usual is itself an
 * item ("no Sponsored Products search term report since …"), since every check that reads it is blind meanwhile.
 */
@Component
class DataFreshnessRule implements ReviewRule {

    static final String GRACE = "grace-days";
    static final String LOOK_BACK = "look-back-days";

    private final ReportImports imports;

    DataFreshnessRule(ReportImports imports) {
        this.imports = imports;
    }

    @Override
    public String id() {
        return "amazon.data-freshness";
    }

    @Override
    public ReviewArea area() {
        return ReviewArea.DATA;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Role role() {
        return Role.ASSISTANT;
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                ThresholdSpec.of(
                        GRACE,
                        "1",
                        Unit.DAYS,
                        "0",
                        "30",
                        "1 day: yesterday's reports are read every morning (seed: 亚马逊运营助理每日工作,"
                                + " 上午10点前完成前一日广告报表分析)"),
                ThresholdSpec.of(
                        LOOK_BACK,
                        "60",
                        Unit.DAYS,
                        "14",
                        "400",
                        "Bosun default: reports imported in the last 60 days count as regular sources"));
    }

    @Override
    public List<Finding> findings(ReviewContext context) {
        int grace = context.thresholds().intValue(GRACE);
        int lookBack = context.thresholds().intValue(LOOK_BACK);
        List<Finding> findings = new ArrayList<>();
        for (ReportDays report :
                imports.dataDays(context.accountId(), context.date().minusDays(lookBack), context.date())) {
            Optional<Freshness.Late> late = Freshness.check(report.days(), context.date(), grace);
            late.ifPresent(l -> findings.add(finding(context, report, l, grace)));
        }
        return findings;
    }

    private Finding finding(ReviewContext context, ReportDays report, Freshness.Late late, int grace) {
        Evidence evidence = Evidence.of(
                        report.days().get(0),
                        late.lastDay(),
                        List.of(
                                Evidence.Figure.of("days-since-data", late.ageDays(), Unit.DAYS),
                                Evidence.Figure.of("rhythm-days", late.rhythmDays(), Unit.DAYS),
                                Evidence.Figure.of("report-days", report.days().size(), Unit.COUNT)),
                        new Evidence.Threshold(
                                "max-age",
                                "<=",
                                BigDecimal.valueOf(late.rhythmDays() + grace),
                                Unit.DAYS,
                                "rhythm " + late.rhythmDays() + " + grace " + grace + "; "
                                        + context.thresholds().spec(GRACE).source()))
                .withSeries(new Evidence.Series(
                        "report-days",
                        Unit.COUNT,
                        report.days().stream()
                                .map(d -> new Evidence.Point(d, BigDecimal.ONE))
                                .toList()));
        return new Finding(
                Subject.report(report.layoutId()),
                "",
                Severity.WARNING,
                MessageText.of(
                        "review.rule.amazon.data-freshness.title",
                        report.layoutTitle(),
                        late.lastDay().toString(),
                        String.valueOf(late.ageDays()),
                        String.valueOf(late.rhythmDays())),
                evidence,
                MessageText.of("review.rule.amazon.data-freshness.action", report.layoutTitle()),
                null);
    }
}
