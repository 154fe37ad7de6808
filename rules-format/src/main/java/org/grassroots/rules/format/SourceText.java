package org.grassroots.rules.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * The text of a file as read from bytes (文件文本): at most {@link FileLimits#MAX_FILE_SIZE} bytes,
 * strictly UTF-8. A file saved as GBK/GB18030 (记事本 or Excel on a Chinese Windows) is refused with
 * the line of its first byte that is not UTF-8 and how to convert it, rather than read as garbage
 * or refused with the decoder's "Input length = 1".
 */
final class SourceText {
  private SourceText() {}

  /** The text of {@code in}, named {@code file} in messages. */
  static String read(String file, InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(FileLimits.MAX_FILE_SIZE + 1);
    if (bytes.length > FileLimits.MAX_FILE_SIZE) {
      throw new RulesetFileException(file, List.of(RulesetProblem.of(
          new SourceLocation(file, 1, 1), "", "format.tooLarge", FileLimits.MAX_FILE_SIZE)));
    }
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    var result = utf8.decode(buffer, out, true);
    if (result.isError()) {
      int at = buffer.position();
      throw new RulesetFileException(file, List.of(RulesetProblem.of(
          location(file, bytes, at), "", "format.encoding",
          HexFormat.ofDelimiter(" ").formatHex(bytes, at, Math.min(bytes.length, at + 4)))));
    }
    utf8.flush(out);
    return out.flip().toString();
  }

  /** The line and column (in bytes) of byte {@code at}. */
  private static SourceLocation location(String file, byte[] bytes, int at) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourceLocation(file, line, at - lineStart + 1);
  }
}
