package org.grassroots.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.grassroots.rules.Fixed;
import org.grassroots.stars.Money;

/** Every amount and every fixed-point value reads back exactly as written, and is written as its decimal. */
class JsonRoundTripProperties {
  final ObjectMapper mapper = new ObjectMapper().registerModule(new GrassrootsModule());

  record Score(@JsonSerialize(using = FixedPointSerializer.class) @JsonDeserialize(using = FixedPointDeserializer.class)
      long value) {}

  @Property
  void moneyIsYuanWithFenAndReadsBackEqual(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long fen) throws Exception {
    String json = mapper.writeValueAsString(Money.ofFen(fen));
    assertThat(new BigDecimal(json)).isEqualTo(BigDecimal.valueOf(fen, 2));
    assertThat(mapper.readValue(json, Money.class)).isEqualTo(Money.ofFen(fen));
  }

  @Property
  void aFixedPointValueIsItsDecimalAndReadsBackEqual(@ForAll long fixed) throws Exception {
    String json = mapper.writeValueAsString(new Score(fixed));
    String number = json.substring("{\"value\":".length(), json.length() - 1);
    assertThat(new BigDecimal(number)).isEqualByComparingTo(Fixed.toBigDecimal(fixed));
    assertThat(mapper.readValue(json, Score.class).value()).isEqualTo(fixed);
  }
}
