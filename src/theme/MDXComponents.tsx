import MDXComponents from '@theme-original/MDXComponents';
import CodeBlock from '@theme/CodeBlock';
import Correction from '@site/src/components/Correction';
import KoreanPageLink from '@site/src/components/KoreanPageLink';
import KubectlStart from '@site/src/components/KubectlStart';
import Lab from '@site/src/components/Lab';
import LabDifference from '@site/src/components/LabDifference';
import LabEvidence from '@site/src/components/LabEvidence';
import LabVariant from '@site/src/components/LabVariant';
import ManifestDiff from '@site/src/components/ManifestDiff';
import Observed from '@site/src/components/Observed';
import Version from '@site/src/components/Version';

// Available in every page without an import, so pages only import their lab and manifests.
export default {
  ...MDXComponents,
  CodeBlock,
  Correction,
  KoreanPageLink,
  KubectlStart,
  Lab,
  LabDifference,
  LabEvidence,
  LabVariant,
  ManifestDiff,
  Observed,
  Version,
};
