// Interview kits: the list, the builder (with drag and drop), the preview and its print view.
export { KitBuilderPage } from '../../pages/kit-builder/KitBuilderPage';
export { KitPreviewPage, KitPrintPage } from '../../pages/kit-preview/KitPreviewPage';
export { KitsPage } from '../../pages/kits/KitsPage';
