package org.grassroots.rules.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.Locale;
import org.grassroots.input.Check;

/**
 * The two syntaxes of a ruleset file (文件格式): YAML for people (comments, Chinese names, no braces)
 * and JSON for programs. Both carry the same tree; numbers are read as exact decimals, never as
 * {@code double}.
 */
public enum FileFormat {
  /** YAML 1.1/1.2 ({@code .yaml}, {@code .yml}). */
  YAML,
  /** JSON ({@code .json}). */
  JSON;

  private static final ObjectMapper YAML_MAPPER = YAMLMapper.builder(
          YAMLFactory.builder()
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              // text that looks like a number ("12.50", an id "007") must stay text when read back
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .stringQuotingChecker(new Yaml11Quoting())
              .loaderOptions(FileLimits.yaml())
              .streamReadConstraints(FileLimits.jackson())
              .errorReportConfiguration(FileLimits.errorReports())
              .build())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();
  private static final ObjectMapper JSON_MAPPER = JsonMapper.builder(
          JsonFactory.builder()
              .streamReadConstraints(FileLimits.jackson())
              .errorReportConfiguration(FileLimits.errorReports())
              .build())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  /**
   * Also quotes what a YAML 1.1 reader (PyYAML, js-yaml, SnakeYAML's default) would take for
   * something other than text, which the default checker leaves bare: text with a colon ({@code 1:30}
   * or an id {@code 0:0.} is a base-60 number there) and dates ({@code 2024-01-01} is a timestamp
   * there), so that every tool reads the written file the same.
   */
  private static final class Yaml11Quoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final java.util.regex.Pattern TIMESTAMP =
        java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt \\t].*)?");

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || value.indexOf(':') >= 0 || TIMESTAMP.matcher(value).matches();
    }
  }

  /** The format of a file by its name's ending: {@code .json} is JSON, anything else YAML. */
  public static FileFormat of(String fileName) {
    Check.notBlank("fileName", fileName);
    return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
  }

  /** The mapper of this format, numbers as {@link java.math.BigDecimal}. */
  ObjectMapper mapper() {
    return this == YAML ? YAML_MAPPER : JSON_MAPPER;
  }

  JsonFactory factory() {
    return mapper().getFactory();
  }
}
