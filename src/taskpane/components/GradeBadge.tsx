import { Badge } from '@fluentui/react-components';
import type { Grade } from '../../domain/framework';
import { gradeColor } from '../format';
import { useI18n } from '../i18n';

export function GradeBadge({
  grade,
  size = 'extra-large',
}: {
  grade: Grade;
  size?: 'medium' | 'large' | 'extra-large';
}) {
  const { s } = useI18n();
  return (
    <Badge
      appearance="filled"
      color={gradeColor(grade)}
      size={size}
      shape="rounded"
      aria-label={s.gradeLabel(grade)}
      data-grade={grade}
    >
      {grade}
    </Badge>
  );
}
