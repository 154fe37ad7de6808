package org.grassroots.examples.springboot;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.grassroots.input.InvalidInputException;
import org.grassroots.input.Messages;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.StorageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors as RFC 9457 problem details (问题详情): bad input answers 400 with the library's message —
 * in Chinese when the request's {@code Accept-Language} asks for it, else English — and both
 * languages, the key, the field and the value (masked when personal) as extra members. A missing
 * record is 404, a conflict 409. Never a stack trace.
 */
@RestControllerAdvice
public class Problems extends ResponseEntityExceptionHandler {

  @ExceptionHandler(InvalidInputException.class)
  public ResponseEntity<Object> invalid(InvalidInputException e) {
    return ResponseEntity.badRequest().body(invalidInput(e));
  }

  @ExceptionHandler(NotFoundException.class)
  public ResponseEntity<Object> notFound(NotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(storage(HttpStatus.NOT_FOUND, "example.title.notFound", e));
  }

  @ExceptionHandler(ConflictException.class)
  public ResponseEntity<Object> conflict(ConflictException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(storage(HttpStatus.CONFLICT, "example.title.conflict", e));
  }

  /** Spring's own refusals (missing parameter, wrong type, unreadable body) in the same bilingual form. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    InvalidInputException cause = libraryCause(ex);
    if (cause != null) {
      return ResponseEntity.badRequest().headers(headers).body(invalidInput(cause));
    }
    ProblemDetail p = null;
    if (ex instanceof MissingServletRequestParameterException m) {
      p = problem(status, "example.title.invalid", "example.missingParameter", m.getParameterName(), "null", Map.of());
    } else if (ex instanceof MethodArgumentTypeMismatchException m) {
      p = problem(status, "example.title.invalid", "example.typeMismatch", m.getName(), String.valueOf(m.getValue()),
          Map.of());
    } else if (ex instanceof HttpMessageNotReadableException) {
      p = problem(status, "example.title.invalid", "example.unreadableBody", "body", "", Map.of());
    }
    return super.handleExceptionInternal(ex, p != null ? p : body, headers, status, request);
  }

  private static InvalidInputException libraryCause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof InvalidInputException i) {
        return i;
      }
    }
    return null;
  }

  private static ProblemDetail invalidInput(InvalidInputException e) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage(locale));
    p.setTitle(Messages.format(locale, "example.title.invalid"));
    p.setType(URI.create("urn:grassroots:problem:" + e.key()));
    p.setProperty("key", e.key());
    p.setProperty("field", e.field());
    p.setProperty("value", e.shownValue());
    p.setProperty("messages", Map.of("en", e.getMessage(Locale.ENGLISH), "zh", e.getMessage(Locale.CHINESE)));
    return p;
  }

  private static ProblemDetail storage(HttpStatus status, String titleKey, StorageException e) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage(locale));
    p.setTitle(Messages.format(locale, titleKey));
    p.setType(URI.create("urn:grassroots:problem:" + e.key()));
    p.setProperty("key", e.key());
    p.setProperty("messages", Map.of("en", e.getMessage(Locale.ENGLISH), "zh", e.getMessage(Locale.CHINESE)));
    return p;
  }

  private static ProblemDetail problem(HttpStatusCode status, String titleKey, String key, String field, String value,
      Map<String, Object> more) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, Messages.format(locale, key, field, value));
    p.setTitle(Messages.format(locale, titleKey));
    p.setType(URI.create("urn:grassroots:problem:" + key));
    p.setProperty("key", key);
    p.setProperty("field", field);
    p.setProperty("messages", Map.of("en", Messages.format(Locale.ENGLISH, key, field, value),
        "zh", Messages.format(Locale.CHINESE, key, field, value)));
    more.forEach(p::setProperty);
    return p;
  }
}
