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
import java.util.Arrays;
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
    return success(response, body(response), type);
  }

  /**
   * The {@code data} of a successful envelope as a {@link Decoded}: read by {@code direct} straight
   * into domain values where it can, else into {@code wire} as {@link #success(Response, Type)}
   * reads it, with the same failures.
   */
  Answer<Object> decoded(Response response, Type wire, StreamedEnvelope.Data direct) {
    byte[] body = body(response);
    Object value = StreamedEnvelope.read(mapper, body, direct, false);
    if (value != StreamedEnvelope.UNREAD) {
      return answer(response, new Decoded<>(null, value));
    }
    Answer<Object> read = success(response, body, wire);
    return new Answer<>(new Decoded<>(read.value(), null), read.status(), read.headers());
  }

  private Answer<Object> success(Response response, byte[] body, Type type) {
    ObjectReader streamReader =
        streamReaders.computeIfAbsent(
            type,
            t ->
                mapper
                    .readerFor(mapper.constructType(t))
                    .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    Object streamed =
        StreamedEnvelope.read(
            mapper,
            body,
            parser ->
                parser.currentToken() == JsonToken.VALUE_NULL
                    ? null
                    : streamReader.readValue(parser),
            true);
    if (streamed != StreamedEnvelope.UNREAD) {
      return answer(response, streamed);
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
    return answer(response, data.isNull() ? null : readData(response, data, type));
  }

  private static Answer<Object> answer(Response response, Object value) {
    return new Answer<>(value, response.status(), RateLimitHeaders.of(response));
  }

  private static byte[] body(Response response) {
    try {
      return readBody(response);
    } catch (UncheckedIOException e) {
      throw unreadable(response, e.getCause());
    }
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
      byte[] bytes = readAtMost(in, body.length(), max + 1);
      if (bytes.length > max) {
        throw malformed(response, BODY, "larger than " + max + " bytes", null);
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Up to {@code limit} bytes of {@code in}, read straight into one array where the length is
   * known, as most bodies' is (else {@link InputStream#readNBytes(int)} reads in chunks and copies
   * them all once more).
   */
  private static byte[] readAtMost(InputStream in, Integer length, int limit) throws IOException {
    if (length == null || length <= 0 || length >= limit) {
      return in.readNBytes(limit);
    }
    byte[] bytes = new byte[length];
    int read = in.readNBytes(bytes, 0, length);
    if (read < length) {
      return Arrays.copyOf(bytes, read);
    }
    byte[] rest = in.readNBytes(limit - length);
    if (rest.length == 0) {
      return bytes;
    }
    byte[] all = Arrays.copyOf(bytes, length + rest.length);
    System.arraycopy(rest, 0, all, length, rest.length);
    return all;
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
