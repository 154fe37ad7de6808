package org.grassroots.jackson3;

import org.grassroots.rules.Fixed;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A fixed-point {@code long} (定点数, {@link Fixed}) as the decimal number it stands for ({@link
 * Fixed#format}): {@code 977143} is written {@code 97.7143}. Put it on a host's field with Jackson's
 * {@code JsonSerialize(using = FixedPointSerializer.class)}.
 */
public class FixedPointSerializer extends StdSerializer<Long> {
  public FixedPointSerializer() {
    super(Long.class);
  }

  @Override
  public void serialize(Long value, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeNumber(Fixed.format(value));
  }
}
