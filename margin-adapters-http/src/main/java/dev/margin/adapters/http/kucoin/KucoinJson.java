package dev.margin.adapters.http.kucoin;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.margin.domain.model.ExchangeErrorException;
import dev.margin.domain.model.MalformedMarketDataException;
import dev.margin.domain.model.MarketDataUnavailableException;
import dev.margin.domain.model.RateLimitStatus;
import dev.margin.domain.model.RateLimitedException;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads KuCoin's JSON: the envelope {@code {"code","msg","data"}}, then {@code data} into a wire
 * record. Every failure becomes a typed exception naming the endpoint and the field.
 */
final class KucoinJson {

  /** The only success code. */
  static final String SUCCESS = "200000";

  /** The largest body read; the all-symbols lists are a few hundred kilobytes. */
  static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

  static final String BODY = "(body)";

  private final ObjectMapper mapper;
  private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

  KucoinJson() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNumberLength(100)
                    .maxNestingDepth(32)
                    .maxStringLength(1_000_000)
                    .maxDocumentLength(MAX_BODY_BYTES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    this.mapper =
        JsonMapper.builder(factory)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
  }

  /** Describes a request as {@code GET /path}, without host or query. */
  static String endpoint(Request request) {
    String path;
    try {
      path = URI.create(request.url()).getRawPath();
    } catch (IllegalArgumentException e) {
      path = request.url();
    }
    return request.httpMethod() + " " + path;
  }

  /**
   * The {@code data} of a successful envelope, or null where {@code data} is JSON null.
   *
   * @throws ExchangeErrorException if the envelope's code is not {@value #SUCCESS}
   * @throws MalformedMarketDataException if the body is not such an envelope
   */
  JsonNode successData(Response response) {
    String endpoint = endpoint(response.request());
    RateLimitHeaders headers = RateLimitHeaders.of(response);
    LastResponse.record(response.status(), headers);
    JsonNode envelope = readEnvelope(endpoint, response);
    String code = code(endpoint, envelope);
    if (!SUCCESS.equals(code)) {
      throw error(endpoint, response.status(), code, message(envelope), headers);
    }
    if (!envelope.has("data")) {
      throw new MalformedMarketDataException(endpoint, "data", "missing", null);
    }
    JsonNode data = envelope.get("data");
    return data.isNull() ? null : data;
  }

  /**
   * The exception for a non-2xx response: an {@link ExchangeErrorException} carrying the envelope's
   * code and message where the body is one, and the status alone where it is not (an HTML error
   * page, an empty body).
   */
  ExchangeErrorException errorOf(Response response) {
    String endpoint = endpoint(response.request());
    RateLimitHeaders headers = RateLimitHeaders.of(response);
    LastResponse.record(response.status(), headers);
    String code = null;
    String message = null;
    try {
      JsonNode envelope = readEnvelope(endpoint, response);
      code = code(endpoint, envelope);
      message = message(envelope);
    } catch (MalformedMarketDataException notAnEnvelope) {
      // the status is all there is to say
    }
    return error(endpoint, response.status(), code, message, headers);
  }

  /**
   * A rate-limit refusal for HTTP 429 or code 429000, else an exchange error. The refusal's reset
   * comes from the reset header alone; the complete status only where all three headers were read.
   */
  static ExchangeErrorException error(
      String endpoint, int status, String code, String message, RateLimitHeaders headers) {
    RateLimitStatus rateLimit = headers.status();
    if (status == 429 || ExchangeErrorException.TOO_MANY_REQUESTS.equals(code)) {
      return new RateLimitedException(
          endpoint, status, code, message, rateLimit, headers.resetIn().orElse(null));
    }
    return new ExchangeErrorException(endpoint, status, code, message, rateLimit);
  }

  /**
   * Reads {@code data} into the wire type of {@code type}.
   *
   * @throws MalformedMarketDataException naming the field if it is of the wrong shape or type
   */
  Object readData(String endpoint, JsonNode data, Type type) {
    ObjectReader reader =
        readers.computeIfAbsent(type, t -> mapper.readerFor(mapper.constructType(t)));
    try (JsonParser parser = mapper.treeAsTokens(data)) {
      return reader.readValue(parser);
    } catch (JsonMappingException e) {
      throw new MalformedMarketDataException(
          endpoint, path("data", e), "wrong type or shape: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new MalformedMarketDataException(endpoint, "data", e.getMessage(), e);
    }
  }

  private JsonNode readEnvelope(String endpoint, Response response) {
    byte[] body = readBody(endpoint, response);
    if (body.length == 0) {
      throw new MalformedMarketDataException(endpoint, BODY, "empty body", null);
    }
    JsonNode envelope;
    try {
      envelope = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw new MalformedMarketDataException(
          endpoint, BODY, "not JSON (" + contentType(response) + "): " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new MalformedMarketDataException(endpoint, BODY, "unreadable: " + e.getMessage(), e);
    }
    if (envelope == null || !envelope.isObject()) {
      throw new MalformedMarketDataException(
          endpoint,
          BODY,
          "expected a KuCoin envelope object, got "
              + (envelope == null ? "nothing" : envelope.getNodeType()),
          null);
    }
    return envelope;
  }

  private static byte[] readBody(String endpoint, Response response) {
    Response.Body body = response.body();
    if (body == null) {
      return new byte[0];
    }
    try (InputStream in = body.asInputStream()) {
      byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        throw new MalformedMarketDataException(
            endpoint, BODY, "larger than " + MAX_BODY_BYTES + " bytes", null);
      }
      return bytes;
    } catch (IOException e) {
      // the connection failed mid-body: a transport failure, worth another attempt
      throw new MarketDataUnavailableException(endpoint + " failed reading the body: " + e, e);
    }
  }

  private static String code(String endpoint, JsonNode envelope) {
    JsonNode code = envelope.get("code");
    if (code == null || code.isNull()) {
      throw new MalformedMarketDataException(endpoint, "code", "missing", null);
    }
    if (code.isTextual() || code.isIntegralNumber()) {
      return code.asText();
    }
    throw new MalformedMarketDataException(
        endpoint, "code", "expected a string, got " + code.getNodeType(), null);
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
