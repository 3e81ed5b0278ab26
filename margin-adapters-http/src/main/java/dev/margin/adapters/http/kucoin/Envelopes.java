package dev.margin.adapters.http.kucoin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.margin.domain.model.ExchangeErrorException;
import dev.margin.domain.model.MalformedMarketDataException;
import dev.margin.domain.model.MarketDataUnavailableException;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads KuCoin's envelope {@code {"code","msg","data"}}, then {@code data} into a wire record.
 * Every failure is a {@link FailedResponse} standing for a typed exception that names the field.
 */
final class Envelopes {

  /** The only success code. */
  static final String SUCCESS = "200000";

  static final String BODY = "(body)";

  private final ObjectMapper mapper;
  private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();
  private final Map<Type, ObjectReader> streamReaders = new ConcurrentHashMap<>();

  Envelopes(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * The {@code data} of a successful envelope read into {@code type} (null where {@code data} is
   * JSON null), with the response's status and rate-limit headers.
   *
   * @throws FailedResponse for an {@link ExchangeErrorException} if the envelope's code is not
   *     {@value #SUCCESS}, a {@link MalformedMarketDataException} if the body is not such an
   *     envelope or {@code data} is not of {@code type}, a {@link MarketDataUnavailableException}
   *     if the body could not be read
   */
  Answer<Object> success(Response response, Type type) {
    byte[] body;
    try {
      body = readBody(response);
    } catch (UncheckedIOException e) {
      throw unreadable(response, e.getCause());
    }
    Answer<Object> streamed = streamed(response, body, type);
    if (streamed != null) {
      return streamed;
    }
    JsonNode envelope = parseEnvelope(response, body);
    String code = code(response, envelope);
    if (!SUCCESS.equals(code)) {
      String message = message(envelope);
      throw new FailedResponse(
          response,
          endpoint ->
              KucoinErrors.error(
                  endpoint, response.status(), code, message, RateLimitHeaders.of(response)));
    }
    if (!envelope.has("data")) {
      throw malformed(response, "data", "missing", null);
    }
    JsonNode data = envelope.get("data");
    Object value = data.isNull() ? null : readData(response, data, type);
    return new Answer<>(value, response.status(), RateLimitHeaders.of(response));
  }

  /**
   * The failure for a non-2xx response: an {@link ExchangeErrorException} carrying the envelope's
   * code and message where the body is one, and the status alone where it is not (an HTML error
   * page, an empty body).
   */
  FailedResponse errorOf(Response response) {
    String code = null;
    String message = null;
    try {
      JsonNode envelope = readEnvelope(response);
      code = code(response, envelope);
      message = message(envelope);
    } catch (FailedResponse notAnEnvelope) {
      // the status is all there is to say
    } catch (UncheckedIOException e) {
      throw unreadable(response, e.getCause());
    }
    String finalCode = code;
    String finalMessage = message;
    return new FailedResponse(
        response,
        endpoint ->
            KucoinErrors.error(
                endpoint,
                response.status(),
                finalCode,
                finalMessage,
                RateLimitHeaders.of(response)));
  }

  private Object readData(Response response, JsonNode data, Type type) {
    ObjectReader reader =
        readers.computeIfAbsent(type, t -> mapper.readerFor(mapper.constructType(t)));
    try (JsonParser parser = mapper.treeAsTokens(data)) {
      return reader.readValue(parser);
    } catch (JsonMappingException e) {
      throw malformed(
          response, path("data", e), "wrong type or shape: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw malformed(response, "data", e.getMessage(), e);
    }
  }

  /**
   * The common case in one streaming pass: an envelope object whose {@code code} is the success
   * code and comes before {@code data}, read straight into the wire type, nothing after it. Null
   * for anything else (another code, {@code data} first, a syntax or mapping error anywhere): the
   * tree path then reads the body again and says exactly what is wrong, as it always has.
   */
  private Answer<Object> streamed(Response response, byte[] body, Type type) {
    if (body.length == 0) {
      return null;
    }
    ObjectReader reader =
        streamReaders.computeIfAbsent(
            type,
            t ->
                mapper
                    .readerFor(mapper.constructType(t))
                    .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    try (JsonParser parser = mapper.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      boolean success = false;
      boolean read = false;
      Object value = null;
      for (JsonToken token = parser.nextToken();
          token == JsonToken.FIELD_NAME;
          token = parser.nextToken()) {
        String field = parser.currentName();
        JsonToken next = parser.nextToken();
        if ("code".equals(field)) {
          if (read
              || success
              || !(next == JsonToken.VALUE_STRING || next == JsonToken.VALUE_NUMBER_INT)
              || !SUCCESS.equals(parser.getText())) {
            return null;
          }
          success = true;
        } else if ("data".equals(field)) {
          if (!success || read) {
            return null;
          }
          value = next == JsonToken.VALUE_NULL ? null : reader.readValue(parser);
          read = true;
        } else {
          parser.skipChildren();
        }
      }
      if (!success || !read || parser.currentToken() != JsonToken.END_OBJECT) {
        return null;
      }
      if (parser.nextToken() != null) {
        return null;
      }
      return new Answer<>(value, response.status(), RateLimitHeaders.of(response));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private JsonNode readEnvelope(Response response) {
    return parseEnvelope(response, readBody(response));
  }

  private JsonNode parseEnvelope(Response response, byte[] body) {
    if (body.length == 0) {
      throw malformed(response, BODY, "empty body", null);
    }
    JsonNode envelope;
    try {
      envelope = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw malformed(
          response, BODY, "not JSON (" + contentType(response) + "): " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw malformed(response, BODY, "unreadable: " + e.getMessage(), e);
    }
    if (envelope == null || !envelope.isObject()) {
      throw malformed(
          response,
          BODY,
          "expected a KuCoin envelope object, got "
              + (envelope == null ? "nothing" : envelope.getNodeType()),
          null);
    }
    return envelope;
  }

  /**
   * The body, at most {@link KucoinJsonMapper#MAX_BODY_BYTES}. A connection that fails mid-body is
   * a transport failure, worth another attempt, not a malformed body: it is thrown as an {@link
   * UncheckedIOException}, for the caller to turn into {@link #unreadable}.
   */
  private static byte[] readBody(Response response) {
    Response.Body body = response.body();
    if (body == null) {
      return new byte[0];
    }
    int max = KucoinJsonMapper.MAX_BODY_BYTES;
    try (InputStream in = body.asInputStream()) {
      byte[] bytes = in.readNBytes(max + 1);
      if (bytes.length > max) {
        throw malformed(response, BODY, "larger than " + max + " bytes", null);
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FailedResponse unreadable(Response response, IOException e) {
    return new FailedResponse(
        response,
        endpoint ->
            new MarketDataUnavailableException(endpoint + " failed reading the body: " + e, e));
  }

  private static FailedResponse malformed(
      Response response, String field, String reason, Throwable cause) {
    return new FailedResponse(
        response, endpoint -> new MalformedMarketDataException(endpoint, field, reason, cause));
  }

  private static String code(Response response, JsonNode envelope) {
    JsonNode code = envelope.get("code");
    if (code == null || code.isNull()) {
      throw malformed(response, "code", "missing", null);
    }
    if (code.isTextual() || code.isIntegralNumber()) {
      return code.asText();
    }
    throw malformed(response, "code", "expected a string, got " + code.getNodeType(), null);
  }

  private static String message(JsonNode envelope) {
    JsonNode msg = envelope.get("msg");
    return msg == null || msg.isNull() || !msg.isValueNode() ? null : msg.asText();
  }

  private static String contentType(Response response) {
    Collection<String> types = response.headers().get("Content-Type");
    return types == null || types.isEmpty() ? "no content type" : String.join(", ", types);
  }

  private static String path(String root, JsonMappingException e) {
    StringBuilder path = new StringBuilder(root);
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
