package org.atelier.reporting.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.atelier.reporting.table.ReportTable.Cell;
import org.atelier.reporting.table.ReportTable.Type;
import org.atelier.reporting.table.web.ReportTableCsvConverter;
import org.atelier.reporting.table.web.ReportTableXlsxConverter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.http.MockHttpOutputMessage;

class ReportTableTest {

    private static final ReportTable TABLE = ReportTable.builder()
            .column("department", "Department", "Подразделение", Type.TEXT)
            .column("filed", "Filed", "Подано", Type.INTEGER)
            .money("deducted.RUB", "Deducted", "Удержано", "RUB")
            .column("shareBp", "Share, bp", "Доля, б. п.", Type.BASIS_POINTS)
            .row(Cell.text("sales, \"north\""), Cell.integer(3), Cell.money(1_250_050L), Cell.basisPoints(2_750))
            .row(Cell.text("logistics"), Cell.integer(0), Cell.money(0L), Cell.basisPoints(null))
            .build();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void everyCellIsWrittenExactlyAndATextWithACommaOrQuoteStaysOneCell() throws IOException {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        List<CSVRecord> records = parse(write(TABLE));

        assertThat(records.get(0).values()).containsExactly("Department", "Filed", "Deducted, RUB (minor units)", "Share, bp");
        assertThat(records.get(1).values()).containsExactly("sales, \"north\"", "3", "1250050", "2750");
        assertThat(records.get(2).values()).as("no share is an empty cell, not 0").containsExactly("logistics", "0", "0", "");
    }

    @Test
    void theHeadersAreRussianForRussianReadersAndEnglishForEveryoneElse() throws IOException {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ru-RU"));
        assertThat(parse(write(TABLE)).get(0).values()).containsExactly("Подразделение", "Подано", "Удержано, RUB (в копейках/центах)", "Доля, б. п.");
        LocaleContextHolder.setLocale(Locale.GERMAN);
        assertThat(parse(write(TABLE)).get(0).get(0)).isEqualTo("Department");
    }

    @Test
    void aCellMustBeOfItsColumnsTypeAndEveryRowAsWideAsTheTable() {
        assertThatThrownBy(() -> ReportTable.builder().column("n", "N", "Н", Type.INTEGER).row(Cell.money(1L)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportTable.builder().column("n", "N", "Н", Type.INTEGER).row(Cell.integer(1), Cell.integer(2)).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSpreadsheetWritesMoneyInUnitsOfEachColumnsOwnCurrencyAndSaysWhichInTheHeader() throws IOException {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        ReportTable twoCurrencies = ReportTable.builder()
                .money("deducted.RUB", "Deducted", "Удержано", "RUB")
                .money("deducted.JPY", "Deducted", "Удержано", "JPY")
                // 1 250 050 kopecks are 12 500.50 roubles; a yen has no minor unit, so 1 250 minor units are 1 250 yen.
                .row(Cell.money(1_250_050L), Cell.money(1_250L))
                .build();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(writeXlsx(twoCurrencies)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Deducted, RUB");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Deducted, JPY");
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(12_500.50);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1_250.0);
        }
    }

    @Test
    void onlyAMoneyColumnHasACurrency() {
        assertThatThrownBy(() -> new ReportTable.Column("n", "N", "Н", Type.INTEGER, "RUB"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] writeXlsx(ReportTable table) throws IOException {
        MockHttpOutputMessage message = new MockHttpOutputMessage();
        new ReportTableXlsxConverter().write((Tabular) () -> table, ReportTableXlsxConverter.XLSX, message);
        return message.getBodyAsBytes();
    }

    private static String write(ReportTable table) throws IOException {
        MockHttpOutputMessage message = new MockHttpOutputMessage();
        new ReportTableCsvConverter().write((Tabular) () -> table, ReportTableCsvConverter.TEXT_CSV, message);
        return message.getBodyAsString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }
}
