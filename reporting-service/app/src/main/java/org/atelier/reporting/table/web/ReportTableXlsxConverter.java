package org.atelier.reporting.table.web;

import java.io.IOException;
import java.util.Currency;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.atelier.reporting.table.ReportTable;
import org.atelier.reporting.table.Tabular;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes a {@link Tabular} report's main table as an Excel workbook with Apache POI: one sheet, the headers in the
 * request's language, numbers as numbers a spreadsheet can add up — money in units of its column's currency (as many
 * decimals as the currency has), shares as percentages — and an empty cell where the report has no value.
 */
public class ReportTableXlsxConverter extends AbstractHttpMessageConverter<Tabular> {

    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    public ReportTableXlsxConverter() {
        super(XLSX);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return Tabular.class.isAssignableFrom(type);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected Tabular readInternal(Class<? extends Tabular> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("Spreadsheets are only written", input);
    }

    @Override
    protected void writeInternal(Tabular report, HttpOutputMessage output) throws IOException {
        ReportTable table = report.table();
        String language = ReportTableCsvConverter.language(LocaleContextHolder.getLocale());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("ru".equals(language) ? "Отчёт" : "Report");
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle share = workbook.createCellStyle();
            share.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < table.columns().size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(table.columns().get(i).header(language));
                cell.setCellStyle(header);
            }
            List<Integer> digits = table.columns().stream().map(ReportTableXlsxConverter::fractionDigits).toList();
            List<CellStyle> money = digits.stream().map(places -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(places == 0 ? "#,##0" : "#,##0." + "0".repeat(places)));
                return style;
            }).toList();
            int at = 1;
            for (List<ReportTable.Cell> values : table.rows()) {
                Row row = sheet.createRow(at++);
                for (int i = 0; i < values.size(); i++) {
                    write(row.createCell(i), values.get(i), digits.get(i), money.get(i), share);
                }
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < table.columns().size(); i++) {
                sheet.autoSizeColumn(i);
            }
            workbook.write(output.getBody());
        }
    }

    /** How many decimals a money column's currency has (2 for RUB, 0 for JPY); 2 where the column names none. */
    private static int fractionDigits(ReportTable.Column column) {
        if (column.currency() == null) {
            return 2;
        }
        try {
            return Math.max(0, Currency.getInstance(column.currency()).getDefaultFractionDigits());
        } catch (IllegalArgumentException notIso4217) {
            return 2;
        }
    }

    private static void write(Cell cell, ReportTable.Cell value, int fractionDigits, CellStyle money, CellStyle share) {
        if (value instanceof ReportTable.Text text && text.value() != null) {
            cell.setCellValue(text.value());
        } else if (value instanceof ReportTable.Whole whole && whole.value() != null) {
            cell.setCellValue(whole.value());
        } else if (value instanceof ReportTable.Money amount && amount.minorUnits() != null) {
            cell.setCellValue(java.math.BigDecimal.valueOf(amount.minorUnits(), fractionDigits).doubleValue());
            cell.setCellStyle(money);
        } else if (value instanceof ReportTable.BasisPoints bp && bp.bp() != null) {
            cell.setCellValue(java.math.BigDecimal.valueOf(bp.bp(), 4).doubleValue());
            cell.setCellStyle(share);
        }
    }
}
