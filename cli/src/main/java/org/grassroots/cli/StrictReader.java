package org.grassroots.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes an input file in its declared encoding (字符编码) and refuses a byte sequence the encoding
 * does not allow, naming the line it is on (a GBK file read as UTF-8, as Excel writes CSV on Chinese
 * Windows), instead of replacing it or failing without a line. A byte order mark at the start is
 * dropped.
 */
final class StrictReader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder;
  private final String file;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private final CharBuffer chars = CharBuffer.allocate(1 << 16);
  /** Line breaks handed out so far. */
  private long breaks;
  private boolean eof;
  private boolean first = true;

  /** Reads {@code in} as {@code charset}; {@code file} names it in errors. */
  StrictReader(InputStream in, Charset charset, String file) {
    this.in = in;
    this.file = file;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
    chars.flip();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(len, chars.remaining());
    chars.get(cbuf, off, n);
    breaks += breaks(cbuf, off, off + n);
    return n;
  }

  /** Decodes more characters; false at the end of the input. */
  private boolean fill() throws IOException {
    while (!(eof && !bytes.hasRemaining())) {
      chars.clear();
      bytes.compact();
      int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (r < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + r);
      }
      bytes.flip();
      CoderResult result = decoder.decode(bytes, chars, eof);
      if (result.isError()) {
        throw new CsvInputException("cli.encoding", file, breaks + breaks(chars.array(), 0, chars.position()) + 1,
            "file", file, decoder.charset().name());
      }
      if (eof && result.isUnderflow()) {
        decoder.flush(chars);
      }
      chars.flip();
      if (first && chars.hasRemaining()) {
        first = false;
        if (chars.get(0) == '\uFEFF') {
          chars.position(1); // a byte order mark
        }
      }
      if (chars.hasRemaining()) {
        return true;
      }
    }
    return false;
  }

  private static int breaks(char[] c, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (c[i] == '\n') {
        n++;
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
