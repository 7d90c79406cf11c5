package dev.bosun.inventory.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.inventory.Forwarder;
import dev.bosun.inventory.Scorecard;
import dev.bosun.inventory.Supplier;
import dev.bosun.inventory.SupplyLink;
import dev.bosun.inventory.SupplyPartners;
import dev.bosun.inventory.forecast.LeadTimeStage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Suppliers and forwarders as JSON, each with its scorecard: {@code GET /api/v1/accounts/{id}/suppliers} and {@code
 * GET /api/v1/accounts/{id}/forwarders}. Rates are fractions; stages are mean and standard deviation in days with
 * the number of actual orders or shipments they were learnt from (0: as promised).
 */
@RestController
class PartnersApiController {

    private final SupplyPartners partners;
    private final AccountDirectory directory;

    PartnersApiController(SupplyPartners partners, AccountDirectory directory) {
        this.partners = partners;
        this.directory = directory;
    }

    @GetMapping("/api/v1/accounts/{accountId}/suppliers")
    Map<String, Object> suppliers(@PathVariable long accountId) {
        SellerAccount account = account(accountId);
        Map<Long, Scorecard> cards = partners.supplierScorecards(accountId);
        Map<String, SupplyLink> links = partners.links(accountId);
        List<Object> list = new ArrayList<>();
        for (Supplier s : partners.suppliers(accountId)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", s.id());
            body.put("name", s.name());
            body.put("contactName", s.contactName());
            body.put("email", s.email());
            body.put("phone", s.phone());
            body.put("address", s.address());
            body.put("moq", s.moq());
            body.put("casePack", s.casePack());
            body.put("productionDays", s.productionDays());
            body.put("paymentTerms", s.paymentTerms());
            body.put("defectRate", s.defectRate());
            body.put("contractNotes", s.contractNotes());
            body.put("contingencyNotes", s.contingencyNotes());
            body.put(
                    "skus",
                    links.values().stream()
                            .filter(l -> l.supplierId() == s.id())
                            .map(SupplyLink::sku)
                            .toList());
            Scorecard card = cards.get(s.id());
            Map<String, Object> score = new LinkedHashMap<>();
            score.put("orders", card.orders());
            score.put("onTime", card.onTime());
            score.put("onTimeRate", card.onTimeRate());
            score.put("production", stage(card.stage()));
            body.put("scorecard", score);
            list.add(body);
        }
        return Map.of("account", account.name(), "suppliers", list);
    }

    @GetMapping("/api/v1/accounts/{accountId}/forwarders")
    Map<String, Object> forwarders(@PathVariable long accountId) {
        SellerAccount account = account(accountId);
        Map<Long, Scorecard> cards = partners.forwarderScorecards(accountId);
        List<Object> list = new ArrayList<>();
        for (Forwarder f : partners.forwarders(accountId)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", f.id());
            body.put("name", f.name());
            body.put("contactName", f.contactName());
            body.put("email", f.email());
            body.put("phone", f.phone());
            body.put("route", f.route());
            body.put("transitDays", f.transitDays());
            body.put("checkInDays", f.checkInDays());
            body.put("currency", f.currency());
            body.put("costPerKg", f.costPerKg());
            body.put("costPerCbm", f.costPerCbm());
            body.put("damageRate", f.damageRate());
            body.put("contractNotes", f.contractNotes());
            body.put("contingencyNotes", f.contingencyNotes());
            Scorecard card = cards.get(f.id());
            Map<String, Object> score = new LinkedHashMap<>();
            score.put("shipments", card.orders());
            score.put("onTime", card.onTime());
            score.put("onTimeRate", card.onTimeRate());
            score.put("transit", stage(card.stage()));
            score.put("checkIn", stage(card.checkIn()));
            body.put("scorecard", score);
            list.add(body);
        }
        return Map.of("account", account.name(), "forwarders", list);
    }

    private static Map<String, Object> stage(LeadTimeStage stage) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("meanDays", BigDecimal.valueOf(stage.meanDays()).setScale(2, java.math.RoundingMode.HALF_UP));
        body.put(
                "deviationDays", BigDecimal.valueOf(stage.deviationDays()).setScale(2, java.math.RoundingMode.HALF_UP));
        body.put("observations", stage.observations());
        return body;
    }

    private SellerAccount account(long accountId) {
        return directory
                .find(Users.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), accountId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
