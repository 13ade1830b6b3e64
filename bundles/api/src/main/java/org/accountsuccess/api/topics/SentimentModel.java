package org.accountsuccess.api.topics;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An integrator's own sentiment model (for example one they run with ONNX Runtime), registered as
 * an OSGi service; never required. While one is registered, it scores every German and English
 * comment instead of the built-in lexicons (with several, the one with the highest service ranking;
 * {@code sentiment.target} in {@code org.accountsuccess.topics} picks another). It is called once
 * per distinct comment text and data version, from one thread at a time per call, and must not
 * call back into the product's services.
 */
@ConsumerType
public interface SentimentModel {

    /** The name the scores carry in {@link CommentSentiment#model()}. */
    String name();

    /** The sentiment of {@code text}, a comment the analysis found to be in {@code language} (German or English). */
    CommentSentiment score(String text, CommentLanguage language);
}
