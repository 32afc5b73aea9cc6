package io.parzen.trainer.train;

import java.util.Iterator;
import java.util.function.Function;

/** Lazy views of iterators: one element is made only when it is asked for (batches are loaded as training goes). */
final class Iterators {

    private Iterators() {}

    /** {@code source} with {@code f} applied to each element as it is taken. */
    static <A, B> Iterator<B> mapped(Iterator<A> source, Function<? super A, ? extends B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public B next() {
                return f.apply(source.next());
            }
        };
    }
}
