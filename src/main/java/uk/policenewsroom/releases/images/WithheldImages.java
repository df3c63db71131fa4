package uk.policenewsroom.releases.images;

/**
 * Which stored images must no longer be served: asked by the image server, answered by
 * whoever knows what the images are used for (the releases), so this package need not
 * know them.
 */
public interface WithheldImages {

	boolean isWithheld(long imageId);

}
