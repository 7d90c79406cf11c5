package dev.bosun.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Region;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountRulesTests {

    private static List<Marketplace> marketplaces(String codes) {
        return Arrays.stream(codes.split(",")).map(Marketplace::valueOf).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "US;       NA",
                "US,CA,MX; NA",
                "BR;       NA",
                "DE,FR,IT; EU",
                "UK,TR,IN; EU",
                "JP;       FE",
                "AU,SG;    FE"
            })
    void marketplacesOfOneRegionGiveThatRegion(String codes, Region expected) {
        assertThat(AccountRules.regionOf(marketplaces(codes))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {"US,DE; US=NA, DE=EU", "JP,US; JP=FE, US=NA", "UK,DE,AU; UK=EU, DE=EU, AU=FE"})
    void marketplacesOfMixedRegionsAreRefusedNamingEachRegion(String codes, String detail) {
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> AccountRules.regionOf(marketplaces(codes)));

        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo("error.marketplaces.mixedRegions");
        assertThat(e.field()).isEqualTo("marketplaces");
        assertThat(e.getMessage()).contains("share a region").contains(detail);
        assertThat(e.arguments()).containsExactly(detail);
    }

    @Test
    void noMarketplaceAtAllIsRefused() {
        assertThatThrownBy(() -> AccountRules.regionOf(List.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("error.marketplaces.none"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "US;                              US",
                "us, ca;                          US,CA",
                "de fr  it;                       DE,FR,IT",
                "GB;                              UK",
                "gb,uk;                           UK",
                "ATVPDKIKX0DER;                   US",
                "ATVPDKIKX0DER,A2EUQ1WTGCTBG2;    US,CA",
                "A1VC38T7YXB528, au;              JP,AU",
                "US,US,us;                        US",
                "' ,US,, CA ,';                   US,CA"
            })
    void marketplaceListsAcceptCodesInAnyCaseGbAndSpApiIds(String text, String expected) {
        assertThat(AccountRules.parseMarketplaces(text)).containsExactlyElementsOf(marketplaces(expected));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "XX;          XX",
                "US,XX;       XX",
                "us,zz,CA,qq; zz, qq",
                "USA;         USA",
                "atvpdkikx0der; atvpdkikx0der"
            })
    void unknownMarketplaceCodesAreRefusedAndNamed(String text, String unknown) {
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> AccountRules.parseMarketplaces(text));

        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo("error.marketplaces.unknown");
        assertThat(e.arguments()).containsExactly(unknown);
        assertThat(e.getMessage())
                .contains("unknown marketplace code " + unknown)
                .contains("known codes: US,CA,");
    }

    @Test
    void anEmptyMarketplaceListParsesToNothingAndIsThenRefusedByTheRegionRule() {
        List<Marketplace> parsed = AccountRules.parseMarketplaces(" , ");

        assertThat(parsed).isEmpty();
        assertThatThrownBy(() -> AccountRules.regionOf(parsed)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "bob,               bob",
        "Bob.Smith,         bob.smith",
        "'  alice  ',       alice",
        "a1,                a1",
        "7eleven,           7eleven",
        "li_wei@example.cn, li_wei@example.cn",
        "ops-team.2,        ops-team.2"
    })
    void acceptableUsernamesAreTrimmedAndLowerCased(String input, String expected) {
        assertThat(AccountRules.username(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"a", " ", "-bob", ".bob", "_bob", "bob smith", "bob/smith", "bob!", "张伟", "zoë"})
    void unacceptableUsernamesAreRefused(String input) {
        assertThatThrownBy(() -> AccountRules.username(input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("error.username");
                    assertThat(e.field()).isEqualTo("username");
                });
    }

    @Test
    void usernamesMayHaveAtMostEightyCharacters() {
        assertThat(AccountRules.username("u".repeat(80))).hasSize(80);
        assertThatThrownBy(() -> AccountRules.username("u".repeat(81))).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @CsvSource({"9,   error.password.short", "0,   error.password.short", "201, error.password.long"})
    void passwordsOfWrongLengthAreRefused(int length, String code) {
        assertThatThrownBy(() -> AccountRules.password("p".repeat(length)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 11, 64, 200})
    void passwordsOfTenToTwoHundredCharactersAreAcceptedUnchanged(int length) {
        String password = " pässwörd-中文 ".repeat(20).substring(0, length);
        assertThat(AccountRules.password(password)).isEqualTo(password);
    }

    @Test
    void aMissingPasswordIsRefused() {
        assertThatThrownBy(() -> AccountRules.password(null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("error.password.short"));
    }

    @Test
    void accountNamesAreTrimmedAndHaveOneToOneHundredTwentyCharacters() {
        assertThat(AccountRules.accountName("  Acme US ")).isEqualTo("Acme US");
        assertThat(AccountRules.accountName("n".repeat(120))).hasSize(120);
        for (String bad : new String[] {null, "", "   ", "n".repeat(121)}) {
            assertThatThrownBy(() -> AccountRules.accountName(bad))
                    .as("name %s", bad)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.code()).isEqualTo("error.account.name"));
        }
    }
}
