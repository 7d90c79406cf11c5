package dev.bosun.advertising.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.advertising.AdAnalysis;
import dev.bosun.advertising.AdLevel;
import dev.bosun.shared.Marketplace;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The campaigns page's table (any level of the drill-down, or per ASIN) as an xlsx download. */
@Controller
class AdExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AccountDirectory directory;
    private final AdAnalysis analysis;
    private final MessageSource messages;
    private final Clock clock;

    AdExportController(AccountDirectory directory, AdAnalysis analysis, MessageSource messages, Clock clock) {
        this.directory = directory;
        this.analysis = analysis;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/a/{accountId}/advertising/campaigns/export.xlsx")
    void export(
            @PathVariable long accountId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String compareFrom,
            @RequestParam(required = false) String compareTo,
            @RequestParam(name = "mp", required = false) String mp,
            @RequestParam(required = false) String campaign,
            @RequestParam(required = false) String adGroup,
            @RequestParam(required = false) String by,
            HttpServletResponse response)
            throws IOException {
        SellerAccount account = AdPages.account(directory, accountId);
        AdPages.Period period = AdPages.period(account, clock, from, to, compareFrom, compareTo);
        Marketplace marketplace = AdPages.marketplace(account, mp);
        boolean hasCampaign = campaign != null && !campaign.isBlank();
        boolean hasGroup = hasCampaign && adGroup != null && !adGroup.isBlank();
        AdLevel level = "asin".equals(by)
                ? AdLevel.ASIN
                : hasGroup ? AdLevel.TARGET : hasCampaign ? AdLevel.AD_GROUP : AdLevel.CAMPAIGN;
        var rows = analysis.metrics(
                accountId,
                level,
                period.from(),
                period.to(),
                period.compareFrom(),
                period.compareTo(),
                marketplace,
                level == AdLevel.ASIN ? null : campaign,
                level == AdLevel.ASIN ? null : adGroup);
        response.setContentType(XLSX);
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename(
                                "campaigns-" + account.name() + "-" + period.from() + "-" + period.to() + ".xlsx",
                                StandardCharsets.UTF_8)
                        .build()
                        .toString());
        String title = account.name() + " · " + period.from() + " – " + period.to()
                + (hasCampaign && level != AdLevel.ASIN ? " · " + campaign : "")
                + (hasGroup && level != AdLevel.ASIN ? " / " + adGroup : "")
                + (marketplace == null ? "" : " · " + marketplace.code());
        new CampaignWorkbook(messages, LocaleContextHolder.getLocale()).write(title, rows, response.getOutputStream());
    }
}
