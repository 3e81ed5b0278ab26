package host;

import dev.margin.app.OrderRequest;
import dev.margin.app.OrderValidation;
import dev.margin.app.ValidationResult;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Service;

/** A host application: margin comes from the starter, configured in application.properties. */
@SpringBootApplication
public class HostApplication {
  public static void main(String[] args) {
    SpringApplication.run(HostApplication.class, args);
  }

  /** The host's own order path, handed margin's validation by injection. */
  @Service
  public static class Orders {
    private final OrderValidation validation;

    public Orders(OrderValidation validation) {
      this.validation = validation;
    }

    public ValidationResult check(OrderRequest order) {
      return validation.validate(order);
    }
  }
}
