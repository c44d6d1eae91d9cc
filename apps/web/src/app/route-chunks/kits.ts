// Interview kits: the list, the builder (with drag and drop), the preview and its print view.
export { KitBuilderPage } from '../../pages/kits/KitBuilderPage';
export { KitPreviewPage, KitPrintPage } from '../../pages/kits/KitPreviewPage';
export { KitsPage } from '../../pages/kits/KitsPage';
